using System.Text;
using Lucene.Net.Search.Highlight;

namespace ThammJobs.Search.Querying;

/// <summary>
/// Escapes only what HTML needs (&amp; &lt; &gt; &quot; &#39;). Lucene's SimpleHTMLEncoder turns every
/// non-ASCII character into a numeric entity: Arabic snippets would triple in size and be unreadable in JSON.
/// </summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public string EncodeText(string originalText)
    {
        var builder = new StringBuilder(originalText.Length + 16);
        Append(builder, originalText);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var escaped = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (escaped is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(escaped);
            }
        }
    }
}
