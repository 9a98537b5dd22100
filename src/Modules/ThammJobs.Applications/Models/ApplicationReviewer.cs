namespace ThammJobs.Applications.Models;

/// <summary>
/// A person of the offer's team asked to review this application. Access stays per offer (<see cref="OfferAssignment"/>);
/// this only says whose pile the application is on.
/// </summary>
public sealed class ApplicationReviewer
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public required string UserId { get; set; }
    public DateTime AssignedUtc { get; set; }
}
