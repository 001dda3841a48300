using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Text;
using ClaimGraph.Server.Http;
using ClaimGraph.Server.Tests.Api;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>
/// Properties of the pure input paths over hostile text: search folding, the NDJSON reader and the transport's
/// document inspector never throw anything but their documented refusals. (Article ingestion lives on another
/// branch; its text path, TextNormalizer, is fuzzed here instead.)
/// </summary>
public sealed class TextAndImportPropertyTests
{
    private static readonly string SeedsFolder = Path.Combine(RepositoryRoot.Path, "seeds");

    private static readonly string[] SeedLines = File.ReadAllLines(Directory.GetFiles(SeedsFolder, "*.graph.ndjson")[0]);

    [Property(MaxTest = 300, Arbitrary = [typeof(HostileArbitraries)])]
    public void Search_folding_never_throws_and_keeps_tokens_bounded(HostileText input)
    {
        var folded = TextNormalizer.Fold(input.Value);
        var terms = TextNormalizer.QueryTerms(input.Value);
        var index = TextNormalizer.ForIndex(input.Value);

        Assert.True(IsWellFormed(folded), "folded text holds a lone surrogate");
        Assert.All(terms.SelectMany(t => t), form => Assert.InRange(form.Length, 1, 64));
        Assert.Equal(TextNormalizer.ForIndex(input.Value), index);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(HostileArbitraries)])]
    public void The_import_reader_parses_or_refuses_with_line_numbers(MutatedImport input)
    {
        try
        {
            var batch = ImportReader.Parse(input.Lines, SeedsFolder);
            Assert.NotNull(batch);
        }
        catch (ImportException refused)
        {
            Assert.NotEmpty(refused.Problems);
            Assert.All(refused.Problems, p => Assert.InRange(p.Line, 1, input.Lines.Count));
        }
    }

    [Fact]
    public void A_line_with_a_lone_surrogate_is_a_line_problem_not_a_crash()
    {
        var refused = Assert.Throws<ImportException>(() =>
            ImportReader.Parse(["{\"type\":\"actor\",\"id\":\"x\",\"name\":\"\uD800\",\"language\":\"en\",\"kind\":\"PERSON\"}"]));

        Assert.Equal(1, Assert.Single(refused.Problems).Line);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(HostileArbitraries)])]
    public void The_document_inspector_never_throws(MutatedDocument input)
    {
        var facts = DocumentInspector.Inspect(input.Query, null);
        Assert.True(facts is null || facts.AliasCount >= 0);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i))
                return false;
        }

        return true;
    }

    /// <summary>Seed lines with some mutated, some dropped or duplicated.</summary>
    public static Gen<IReadOnlyList<string>> MutatedSeedLines =>
        from mutated in Gen.ListOf(HostileInput.Mutated(SeedLines), 3)
        from keep in Gen.Choose(0, SeedLines.Length)
        select (IReadOnlyList<string>)SeedLines.Take(keep).Concat(mutated).ToList();
}

public sealed record HostileText(string Value);

public sealed record MutatedImport(IReadOnlyList<string> Lines);

public sealed record MutatedDocument(string Query);

public static class HostileArbitraries
{
    public static Arbitrary<HostileText> Text() => HostileInput.Text.Select(t => new HostileText(t)).ToArbitrary();

    public static Arbitrary<MutatedImport> Import() => TextAndImportPropertyTests.MutatedSeedLines.Select(l => new MutatedImport(l)).ToArbitrary();

    public static Arbitrary<MutatedDocument> Document() => HostileInput.Mutated(GraphQLCorpus.Documents).Select(d => new MutatedDocument(d)).ToArbitrary();
}
