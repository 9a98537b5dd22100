using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ThammJobs.Content.History;

/// <summary>
/// A line difference of two texts (Markdown), with the changed words marked inside changed lines, and long runs
/// of unchanged lines folded so an editor sees what moved. The algorithm is DiffPlex's (Myers).
/// </summary>
public static class TextDiff
{
    private const int Context = 1;

    public static List<TextDiffLine> Lines(string? before, string? after)
    {
        var model = SideBySideDiffBuilder.Diff(before ?? "", after ?? "", ignoreWhiteSpace: false);
        var all = new List<TextDiffLine>();
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            var old = i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null;
            var @new = i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null;
            if (old?.Type == ChangeType.Unchanged)
            {
                all.Add(new TextDiffLine(TextDiffKind.Same, [new TextSpan(old.Text ?? "", false)]));
                continue;
            }

            if (old is { Type: ChangeType.Deleted or ChangeType.Modified })
            {
                all.Add(new TextDiffLine(TextDiffKind.Removed, Spans(old, ChangeType.Deleted)));
            }

            if (@new is { Type: ChangeType.Inserted or ChangeType.Modified })
            {
                all.Add(new TextDiffLine(TextDiffKind.Added, Spans(@new, ChangeType.Inserted)));
            }
        }

        return Fold(all);
    }

    // In a modified line DiffPlex gives the words; only the words that changed are marked.
    private static List<TextSpan> Spans(DiffPiece line, ChangeType marked)
    {
        if (line.Type != ChangeType.Modified || line.SubPieces.Count == 0)
        {
            return [new TextSpan(line.Text ?? "", false)];
        }

        return line.SubPieces.Where(p => p.Type != ChangeType.Imaginary)
            .Select(p => new TextSpan(p.Text ?? "", p.Type == marked || p.Type == ChangeType.Modified)).ToList();
    }

    private static List<TextDiffLine> Fold(List<TextDiffLine> lines)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != TextDiffKind.Same)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var folded = new List<TextDiffLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                folded.Add(lines[i]);
            }
            else if (folded.Count == 0 || folded[^1].Kind != TextDiffKind.Folded)
            {
                folded.Add(new TextDiffLine(TextDiffKind.Folded, []));
            }
        }

        return folded;
    }
}

public enum TextDiffKind
{
    Same,
    Removed,
    Added,
    /// <summary>Unchanged lines left out.</summary>
    Folded,
}

public sealed record TextDiffLine(TextDiffKind Kind, List<TextSpan> Spans);

public sealed record TextSpan(string Text, bool Changed);
