namespace ThammJobs.Uploads.Previews;

/// <summary>
/// First-page previews of PDFs, bound from <c>ThammJobs:Applications:PdfPreview</c>. The PDF is hostile input:
/// every figure here is a bound on what one file may cost the server.
/// </summary>
public sealed class PdfPreviewOptions
{
    /// <summary>
    /// Path of poppler's <c>pdftoppm</c>. Empty: looked up on <c>PATH</c>. A path that does not exist turns the
    /// image preview off (the text preview is used instead).
    /// </summary>
    public string? PdftoppmPath { get; set; }

    /// <summary>Longest side of the preview image, in pixels (the page is drawn at this size, never larger).</summary>
    public int Side { get; set; } = 800;

    /// <summary>Wall-clock limit of one drawing; the process tree is killed after it.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>CPU seconds the drawing process may use (<c>prlimit --cpu</c> / <c>ulimit -t</c>).</summary>
    public int CpuSeconds { get; set; } = 10;

    /// <summary>Address space of the drawing process (<c>prlimit --as</c> / <c>ulimit -v</c>).</summary>
    public int MemoryMegabytes { get; set; } = 512;

    /// <summary>Largest file the drawing process may write (its PNG), and the largest PNG decoded afterwards.</summary>
    public int OutputMegabytes { get; set; } = 32;

    /// <summary>Drawings at once in this process (each is one CPU-bound child process).</summary>
    public int MaxConcurrentRenders { get; set; } = 1;

    /// <summary>Characters of the first page shown by the text preview (without pdftoppm).</summary>
    public int TextCharacters { get; set; } = 600;

    /// <summary>Time limit of the in-process text extraction.</summary>
    public int TextTimeoutSeconds { get; set; } = 5;

    /// <summary>Larger PDFs get no text preview: the extraction runs inside the site's process.</summary>
    public int TextMaxMegabytes { get; set; } = 10;

    /// <summary>How long a file whose preview failed is not tried again (per node).</summary>
    public int RetryFailedAfterMinutes { get; set; } = 60;

    /// <summary>Time the candidate file's page may spend making missing previews before it answers without them.</summary>
    public int PageBudgetSeconds { get; set; } = 8;
}
