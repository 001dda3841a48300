using System.Text;

namespace ClaimGraph.Server.Tests.Export;

/// <summary>
/// A strict RFC 4180 reader: records end with CRLF (the last one may not), fields are separated by commas, a quoted
/// field may hold commas, CR, LF and doubled quotes, and an unquoted field may hold none of '"', CR or LF.
/// Anything else throws <see cref="FormatException"/> with the offset.
/// </summary>
public static class Rfc4180Reader
{
    public static List<List<string>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new FormatException("A quoted field is not closed.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r'))
                {
                    if (text[i] is '"' or '\n')
                        throw new FormatException($"Unquoted field holds '{(text[i] == '\n' ? "\\n" : "\"")}' at offset {i}.");
                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
                break;
            if (text[i] == ',')
            {
                i++;
                if (i == text.Length)
                    record.Add("");
                continue;
            }

            if (text[i] != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
                throw new FormatException($"Expected ',' or CRLF at offset {i}.");
            i += 2;
            records.Add(record);
            record = [];
        }

        if (record.Count > 0)
            records.Add(record);
        if (records.Any(r => r.Count != records[0].Count))
            throw new FormatException("Records have different numbers of fields.");
        return records;
    }
}
