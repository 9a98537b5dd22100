namespace ThammJobs.Uploads.Previews;

/// <summary>How one attempt at a preview ended.</summary>
public enum PreviewOutcome
{
    /// <summary>The preview was written.</summary>
    Done,

    /// <summary>The file could not be previewed (refused, broken, over a limit, timed out): do not try again soon.</summary>
    Failed,

    /// <summary>The caller gave up waiting (its budget ran out): nothing is known about the file, try later.</summary>
    Cancelled,
}

/// <summary>The first page's text as PdfPig reads it, cut to the configured length, and the number of pages.</summary>
public sealed record PdfTextPreview(string Text, int PageCount, bool Truncated);
