namespace ThammJobs.Applications.Models;

/// <summary>A recruiter or reviewer given the applications of one offer (its translation set).</summary>
public sealed class OfferAssignment
{
    public long Id { get; set; }
    public required string OfferSet { get; set; }
    public required string UserId { get; set; }
    public DateTime AssignedUtc { get; set; }
}
