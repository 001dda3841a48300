namespace ClaimGraph.Ingest.Text;

/// <summary>An opening line such as "بلدي نيوز - (كنان سلطان)": the outlet, then the writer.</summary>
public sealed record Byline(string Publisher, string? Author, int LineEnd)
{
    public static Byline? Parse(string text)
    {
        var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var line = (lineEnd < 0 ? text : text[..lineEnd]).Trim();
        if (line.Length is 0 or > 80)
            return null;
        var dash = line.IndexOf(" - ", StringComparison.Ordinal);
        if (dash <= 0)
            return null;
        var publisher = line[..dash].Trim();
        var author = line[(dash + 3)..].Trim().Trim('(', ')').Trim();
        if (publisher.Length == 0 || publisher.Split(' ').Length > 4 || author.Split(' ').Length > 4)
            return null;
        return new Byline(publisher, author.Length == 0 ? null : author, lineEnd < 0 ? text.Length : lineEnd);
    }
}
