using System.Text;

namespace ClaimGraph.Server.Export;

/// <summary>RFC 4180 CSV: CRLF line ends; fields holding a comma, quote, CR or LF are quoted, quotes doubled.</summary>
internal static class CsvText
{
    public static string Row(params IEnumerable<string?> fields) =>
        string.Join(',', fields.Select(Field)) + "\r\n";

    public static async Task WriteRowsAsync(Stream output, IEnumerable<string> rows, CancellationToken ct)
    {
        var encoding = new UTF8Encoding(false);
        var buffer = new StringBuilder();
        foreach (var row in rows)
        {
            buffer.Append(row);
            if (buffer.Length > 32 * 1024)
            {
                await output.WriteAsync(encoding.GetBytes(buffer.ToString()), ct);
                buffer.Clear();
            }
        }

        await output.WriteAsync(encoding.GetBytes(buffer.ToString()), ct);
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
