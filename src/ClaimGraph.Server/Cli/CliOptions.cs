namespace ClaimGraph.Server.Cli;

/// <summary>Splits verb arguments into "--name value" options and the remaining positional arguments (under the empty key, in order).</summary>
public static class CliOptions
{
    public static Dictionary<string, string> Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
                options[args[i]] = args[++i];
            else
                positional.Add(args[i]);
        }

        options[string.Empty] = string.Join('\n', positional);
        return options;
    }

    public static IReadOnlyList<string> Positional(Dictionary<string, string> options) =>
        options.TryGetValue(string.Empty, out var text) && text.Length > 0 ? text.Split('\n') : [];
}
