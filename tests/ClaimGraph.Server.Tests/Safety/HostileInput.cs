using FsCheck;
using FsCheck.Fluent;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>
/// Generators of hostile text: valid inputs mutated by deleting, duplicating, truncating and splicing in
/// syntax, control characters, lone surrogates, bidi overrides and Arabic marks, plus plain random strings.
/// </summary>
public static class HostileInput
{
    /// <summary>Tokens worth splicing into GraphQL, JSON and search text.</summary>
    public static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "...", "\"", "\\", "#", ",", "=", "|", "&", "*", "-", "^",
        "\"\"\"", "\\u0000", "\0", "\n", "\r\n", "\t", "\u202E", "\u200F", "\uFEFF", "\uD800", "\uDC00", "😀", "ـ", "ً", "ال", "وال",
        "query", "mutation", "subscription", "fragment F on Query", "...F", "on", "null", "true", "-1", "1e309", "9999999999999999999",
        "__typename", "__schema { types { name } }", "@include(if: true)", "@skip(if: $x)", "$x", "first: -5", "first: 100000",
        "deleteActor(id: \"sdf\") { deletedId }", "NEAR", "AND", "OR", "NOT", "\"*\"", "a*", "(", "type", "\"type\":\"actor\"",
        "\"id\":\"\"", "\"span\":{\"start\":-1,\"end\":99999}", "\"textFile\":\"../../etc/passwd\"", "\"textFile\":\"/etc/hostname\"",
        "{\"a\":", "]", "0", "\"stance\":\"MAYBE\"", "\"language\":\"\"", new string('a', 300), new string('{', 200), new string('ا', 600),
    ];

    private static readonly string[] Characters = Tokens.Where(t => t.Length <= 2).ToArray();

    /// <summary>One of <paramref name="seeds"/>, mutated one to four times.</summary>
    public static Gen<string> Mutated(IReadOnlyList<string> seeds) =>
        from seed in Gen.Elements(seeds.ToArray())
        from edits in Gen.Choose(1, 4).SelectMany(n => Gen.ListOf(Edit, n))
        select edits.Aggregate(seed, (text, edit) => edit(text));

    /// <summary>Arbitrary text: mostly nasty characters and tokens, sometimes plain random strings.</summary>
    public static Gen<string> Text =>
        Gen.OneOf(
            Gen.Elements(Tokens).ArrayOf().Select(parts => string.Concat(parts)),
            Gen.Elements(Characters).ArrayOf().Select(parts => string.Concat(parts)),
            Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars)));

    private static Gen<Func<string, string>> Edit =>
        from kind in Gen.Choose(0, 5)
        from at in Gen.Choose(0, 1 << 20)
        from length in Gen.Choose(1, 40)
        from token in Gen.Elements(Tokens)
        select (Func<string, string>)(text => Apply(text, kind, at, length, token));

    private static string Apply(string text, int kind, int at, int length, string token)
    {
        var start = text.Length == 0 ? 0 : at % (text.Length + 1);
        var span = Math.Min(length, text.Length - start);
        return kind switch
        {
            0 => text.Remove(start, span),
            1 => text.Insert(start, token),
            2 => text.Insert(start, text.Substring(start, span)),
            3 => text[..start],
            4 when span > 0 => text.Remove(start, 1).Insert(start, token),
            _ => text.Insert(start, token + token),
        };
    }

    /// <summary><paramref name="count"/> values of <paramref name="gen"/> from a fixed seed, so a failure replays.</summary>
    public static IReadOnlyList<T> Sample<T>(Gen<T> gen, int count, ulong seed, int size = 30) =>
        Gen.Sample(gen, size, new Rnd(seed), count);
}
