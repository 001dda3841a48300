using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Server.Cli;

/// <summary>The ingest verb's arguments: paths, flags, and what is known about the articles.</summary>
public sealed record IngestArguments(IReadOnlyList<string> Paths, bool Commit, string? Out, ArticleInput Defaults, string? Error, int Batch = IngestArguments.DefaultBatch)
{
    /// <summary>Articles committed per transaction (each still all or nothing: see DraftCommitter.CommitAllAsync).</summary>
    public const int DefaultBatch = 50;

    public static IngestArguments Parse(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        var defaults = new ArticleInput("");
        bool commit = false;
        string? output = null;
        var batch = DefaultBatch;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--commit")
            {
                commit = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                paths.Add(CliPaths.Resolve(arg));
                continue;
            }

            if (i + 1 >= args.Count)
                return new IngestArguments(paths, commit, output, defaults, $"{arg} needs a value.");
            var value = args[++i];
            switch (arg)
            {
                case "--out": output = value; break;
                case "--publisher": defaults = defaults with { Publisher = value }; break;
                case "--author": defaults = defaults with { Author = value }; break;
                case "--language" when value is "ar" or "en": defaults = defaults with { Language = value }; break;
                case "--language": return new IngestArguments(paths, commit, output, defaults, "--language takes ar or en.");
                case "--title": defaults = defaults with { Title = value }; break;
                case "--url": defaults = defaults with { Url = value }; break;
                case "--id": defaults = defaults with { SourceId = value }; break;
                case "--batch" when int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1: batch = n; break;
                case "--batch": return new IngestArguments(paths, commit, output, defaults, "--batch takes a whole number of articles, 1 or more.");
                default: return new IngestArguments(paths, commit, output, defaults, $"Unknown option {arg}.");
            }
        }

        return new IngestArguments(paths, commit, output, defaults, null, batch);
    }
}
