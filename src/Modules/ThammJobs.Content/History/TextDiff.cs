using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ThammJobs.Content.History;

/// <summary>
/// A line difference of two texts (Markdown), with the changed words marked inside changed lines, and long runs
/// of unchanged lines folded so an editor sees what moved. The algorithm is DiffPlex's (Myers).
/// </summary>
public static class TextDiff
{
    // Two lines: in Markdown the line next to a change is usually the blank line between paragraphs.
    private const int Context = 2;

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

        // Each side keeps its own words: the other side's insertions or deletions are not part of this line.
        var foreign = marked == ChangeType.Deleted ? ChangeType.Inserted : ChangeType.Deleted;
        var spans = new List<TextSpan>();
        foreach (var piece in line.SubPieces.Where(p => p.Type != ChangeType.Imaginary && p.Type != foreign))
        {
            var changed = piece.Type == marked || piece.Type == ChangeType.Modified;
            // Neighbouring changed words (and the spaces between them) read as one marked phrase.
            if (spans.Count > 0 && spans[^1].Changed == changed)
            {
                spans[^1] = spans[^1] with { Text = spans[^1].Text + piece.Text };
            }
            else
            {
                spans.Add(new TextSpan(piece.Text ?? "", changed));
            }
        }

        return spans;
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
