using System.Text;

namespace ClaimGraph.Store.Neo4j.Records;

/// <summary>Enum values as graph-schema/model.md spells them in the graph (ArmedGroup ↔ ARMED_GROUP).</summary>
internal static class ModelNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                sb.Append('_');
            sb.Append(char.ToUpperInvariant(name[i]));
        }

        return sb.ToString();
    }

    public static T Parse<T>(object? value) where T : struct, Enum =>
        Enum.Parse<T>(((string)value!).Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
}
