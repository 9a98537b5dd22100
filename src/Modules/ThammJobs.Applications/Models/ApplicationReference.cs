namespace ThammJobs.Applications.Models;

/// <summary>A professional reference given by the candidate (the seed posting asks for three).</summary>
public sealed class ApplicationReference
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public int Position { get; set; }
    public required string FullName { get; set; }
    public required string Organisation { get; set; }
    public required string Relationship { get; set; }
    public required string Email { get; set; }
    public required string Phone { get; set; }
}
