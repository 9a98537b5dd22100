namespace ThammJobs.Uploads.Inspection;

/// <summary>What scanning a PDF (and the streams it could inflate) found.</summary>
internal sealed class PdfFindings
{
    public int Objects { get; set; }
    public bool Encrypted { get; set; }
    public bool ActiveContent { get; set; }
    public bool OpenAction { get; set; }
    public bool Forms { get; set; }

    /// <summary>An object stream with a filter the scanner cannot decode: its dictionaries cannot be checked.</summary>
    public bool Undecodable { get; set; }

    /// <summary>Inflating streams went past the budget: the rest cannot be vouched for.</summary>
    public bool InflationBudgetExceeded { get; set; }

    /// <summary>Bytes still allowed to be inflated.</summary>
    public long InflationBudget { get; set; }

    public void Record(ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual("Encrypt"u8))
        {
            Encrypted = true;
        }
        else if (name.SequenceEqual("JavaScript"u8) || name.SequenceEqual("JS"u8) || name.SequenceEqual("Launch"u8)
            || name.SequenceEqual("EmbeddedFile"u8) || name.SequenceEqual("EmbeddedFiles"u8) || name.SequenceEqual("RichMedia"u8)
            || name.SequenceEqual("XFA"u8))
        {
            ActiveContent = true;
        }
        else if (name.SequenceEqual("OpenAction"u8) || name.SequenceEqual("AA"u8))
        {
            OpenAction = true;
        }
        else if (name.SequenceEqual("AcroForm"u8))
        {
            Forms = true;
        }
    }
}
