namespace ThammJobs.Applications.Previews;

/// <summary>What the candidate file shows for one PDF.</summary>
public sealed record DocumentPreview(PreviewState State, string? Text = null, int PageCount = 0)
{
    public static readonly DocumentPreview Image = new(PreviewState.Image);
    public static readonly DocumentPreview Unavailable = new(PreviewState.Unavailable);
}

public enum PreviewState
{
    /// <summary>A first-page image, made or to be made by the file's preview handler.</summary>
    Image,

    /// <summary>The first page's text (no pdftoppm here).</summary>
    Text,

    /// <summary>"Aperçu indisponible": the download link stays.</summary>
    Unavailable,
}
