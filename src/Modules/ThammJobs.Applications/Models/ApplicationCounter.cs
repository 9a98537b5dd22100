namespace ThammJobs.Applications.Models;

/// <summary>Last receipt number given in a year; incremented inside the submitting transaction.</summary>
public sealed class ApplicationCounter
{
    public int Year { get; set; }
    public int Last { get; set; }
}
