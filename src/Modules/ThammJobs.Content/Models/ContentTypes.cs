namespace ThammJobs.Content.Models;

/// <summary>The content types of the site. There is no runtime type designer: each type is a C# class.</summary>
public static class ContentTypes
{
    public const string JobOffer = nameof(JobOffer);
    public const string Project = nameof(Project);
    public const string Page = nameof(Page);

    public static readonly IReadOnlyList<string> All = [JobOffer, Project, Page];

    public static Type ClrType(string contentType) => contentType switch
    {
        JobOffer => typeof(JobOffer),
        Project => typeof(Project),
        Page => typeof(Page),
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Unknown content type."),
    };
}
