using System.Text;

namespace ClaimGraph.Core.Services;

/// <summary>Enum values as the API and the import format spell them: ArmedGroup → ARMED_GROUP.</summary>
public static class EnumNames
{
    public static string Screaming<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                text.Append('_');
            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
