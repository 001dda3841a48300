using ClaimGraph.Core.Errors;

namespace ClaimGraph.Ingest;

/// <summary>Refuses text that cannot be an article: empty, too long, or binary data.</summary>
public static class InputGuard
{
    public static void Check(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw ClaimGraphException.Invalid("text", "The article's text is empty; give the text to extract from.");
        if (text.Length > maxLength)
            throw ClaimGraphException.Invalid("text", $"The article's text is {text.Length} characters long; the limit is {maxLength} (ClaimGraph:Ingest:MaxTextLength).");
        var control = 0;
        foreach (var ch in text)
        {
            if (ch == '\0')
                throw ClaimGraphException.Invalid("text", "The text contains NUL characters: it looks like binary data, not an article.");
            if (ch == '\uFFFD' || char.IsControl(ch) && ch is not ('\n' or '\r' or '\t'))
                control++;
        }

        if (control > 16 && control * 20 > text.Length)
            throw ClaimGraphException.Invalid("text", "The text is mostly control or undecodable characters: it looks like binary data, not an article.");
    }
}
