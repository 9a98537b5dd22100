using ThammJobs.Content.Models;

namespace ThammJobs.Content.Services;

/// <summary>A stored version together with its typed content.</summary>
public sealed record ContentItem<T>(ContentItemVersion Version, T Content) where T : IContent;
