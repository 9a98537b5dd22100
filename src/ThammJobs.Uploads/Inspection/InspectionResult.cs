namespace ThammJobs.Uploads.Inspection;

/// <summary>
/// What inspecting one file found. A refused file carries a <see cref="RefusalCode"/> that the calling module turns
/// into a message in the user's language; an accepted file may carry <see cref="Flags"/> for recruiters.
/// </summary>
public sealed record InspectionResult(FileType? Type, string? RefusalCode, IReadOnlyList<string> Flags)
{
    public bool Accepted => RefusalCode is null;

    public static InspectionResult Accept(FileType type, IReadOnlyList<string>? flags = null) => new(type, null, flags ?? []);

    public static InspectionResult Refuse(string code, FileType? type = null) => new(type, code, []);
}

/// <summary>Stable refusal codes (used as resource keys by the modules that show them).</summary>
public static class RefusalCodes
{
    public const string Empty = "empty";
    public const string Unrecognised = "unrecognised";
    public const string TypeNotAllowed = "type-not-allowed";
    public const string Executable = "executable";
    public const string TooLarge = "too-large";
    public const string Macros = "macros";
    public const string ZipBomb = "zip-bomb";
    public const string CorruptContainer = "corrupt-container";
    public const string PdfEncrypted = "pdf-encrypted";
    public const string PdfActiveContent = "pdf-active-content";
    public const string PdfCorrupt = "pdf-corrupt";
    public const string ImageTooLarge = "image-too-large";
    public const string ImageCorrupt = "image-corrupt";
    public const string Infected = "infected";
}
