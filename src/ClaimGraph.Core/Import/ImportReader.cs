using System.Text;
using System.Text.Json;
using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Import;

/// <summary>Reads the NDJSON import format. Blank lines and lines starting with "//" are skipped.</summary>
public static class ImportReader
{
    /// <summary>Parses <paramref name="lines"/>; text files named by sources resolve against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="ImportException">Any line is malformed; nothing is returned partially.</exception>
    public static ImportBatch Parse(IEnumerable<string> lines, string? baseDirectory = null)
    {
        var actors = new List<Actor>();
        var sources = new List<Source>();
        var claims = new List<Claim>();
        var statements = new List<Statement>();
        var links = new List<ClaimLink>();
        var problems = new List<ImportProblem>();
        var lineNo = 0;
        foreach (var raw in lines)
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
                continue;
            try
            {
                switch (JsonSerializer.Deserialize<ImportRecord>(line, ImportJson.Options))
                {
                    case ActorRecord a: actors.Add(a.ToModel()); break;
                    case SourceRecord s: sources.Add(s.ToModel(ReadText(s, baseDirectory))); break;
                    case ClaimRecord c: claims.Add(c.ToModel()); break;
                    case StatementRecord st: statements.Add(st.ToModel()); break;
                    case ClaimLinkRecord l: links.Add(l.ToModel()); break;
                    default: problems.Add(new ImportProblem(lineNo, "Empty record.")); break;
                }
            }
            catch (JsonException ex)
            {
                problems.Add(new ImportProblem(lineNo, Describe(ex)));
            }
            catch (NotSupportedException ex)
            {
                problems.Add(new ImportProblem(lineNo, $"Unknown or missing \"type\": {ex.Message}"));
            }
            catch (ClaimGraphException ex)
            {
                problems.Add(new ImportProblem(lineNo, ex.Message));
            }
            catch (ArgumentException)
            {
                // System.Text.Json refuses strings holding a lone UTF-16 surrogate (possible when lines come from a
                // caller rather than a UTF-8 file); found by the hostile-input tests.
                problems.Add(new ImportProblem(lineNo, "The line is not valid Unicode text (it holds a lone UTF-16 surrogate); send UTF-8 text."));
            }
        }

        if (problems.Count > 0)
            throw new ImportException(problems);
        return new ImportBatch(actors, sources, claims, statements, links);
    }

    public static ImportBatch ParseFile(string path) =>
        Parse(File.ReadLines(path, Encoding.UTF8), Path.GetDirectoryName(Path.GetFullPath(path)));

    internal static string? ReadText(SourceRecord s, string? baseDirectory)
    {
        if (s.TextFile is null)
            return s.Text;
        if (s.Text is not null)
            throw ClaimGraphException.Invalid("textFile", $"Source '{s.Id}' gives both text and textFile; give one.");
        if (baseDirectory is null)
            throw ClaimGraphException.Invalid("textFile", $"Source '{s.Id}' names a text file, but this import has no folder to read it from.");
        var root = Path.GetFullPath(baseDirectory);
        var full = Path.GetFullPath(Path.Combine(root, s.TextFile));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw ClaimGraphException.Invalid("textFile", $"Source '{s.Id}': textFile must stay inside the import's folder.");
        if (!File.Exists(full))
            throw ClaimGraphException.Invalid("textFile", $"Source '{s.Id}': text file '{s.TextFile}' not found.");
        return File.ReadAllText(full, new UTF8Encoding(false, true));
    }

    private static string Describe(JsonException ex) =>
        ex.Path is { Length: > 0 } path && path != "$" ? $"{ex.Message.Split(" Path:")[0]} (at {path})" : ex.Message.Split(" Path:")[0];
}
