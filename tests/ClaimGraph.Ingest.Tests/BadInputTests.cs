using System.Diagnostics;
using ClaimGraph.Core.Errors;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Tests.Support;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Bad input gets a clear error or an empty extraction: never a crash, a hang or a partial write.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempStore _store = new(new IngestOptions { MaxTextLength = 20_000 });

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task Empty_text_is_refused_with_a_validation_error(string text)
    {
        var ex = await Assert.ThrowsAsync<ClaimGraphException>(() => _store.Extractor.ExtractAsync(new ArticleInput(text)));
        Assert.Equal(ErrorCode.Validation, ex.Code);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_over_the_configured_limit_is_refused()
    {
        var ex = await Assert.ThrowsAsync<ClaimGraphException>(() => _store.Extractor.ExtractAsync(new ArticleInput(new string('a', 20_001))));
        Assert.Contains("limit is 20000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_data_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var ex = await Assert.ThrowsAsync<ClaimGraphException>(() => _store.Extractor.ExtractAsync(new ArticleInput(text)));
        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_without_reported_speech_gives_an_empty_extraction_with_a_warning()
    {
        var draft = await _store.Extractor.ExtractAsync(new ArticleInput("The river rose two metres overnight. Schools stayed closed."));
        Assert.Empty(draft.Statements);
        Assert.Empty(draft.Claims);
        Assert.Single(draft.Warnings);
    }

    [Fact]
    public async Task Unbalanced_quotes_and_mixed_scripts_still_extract_what_is_there()
    {
        var text = "وقال المتحدث باسم الجيش \"إن القوات تقدمت نحو المدينة\n"
            + "The ministry said that talks with ClaimCorp «would resume, and 🚀 emoji 𝔘 𝔫 surrogates \" everywhere.\n"
            + "وأكدت مصادر مطلعة أن الاجتماع سيعقد يوم الأحد «بحضور الوزير.";
        var draft = await _store.Extractor.ExtractAsync(new ArticleInput(text, Language: "ar"));
        Assert.NotEmpty(draft.Statements);
        Assert.All(draft.Statements, s => Assert.Equal(s.Quote, text[s.Start..s.End]));
        await _store.Committer.CommitAsync(draft);
    }

    [Fact]
    public async Task Hostile_text_finishes_quickly()
    {
        var pieces = new[] { "قال ", "\"", "، ", "أن ", "بين نفي من ", "وتأكيد من ", "بحسب ", "«", "said ", "according to ", "(", "told the ", ", adding " };
        var rng = new Random(11);
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 19_000)
            sb.Append(pieces[rng.Next(pieces.Length)]);
        var clock = Stopwatch.StartNew();
        foreach (var language in new[] { "ar", "en" })
            await _store.Extractor.ExtractAsync(new ArticleInput(sb.ToString(), Language: language));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_draft_with_a_broken_reference_writes_nothing()
    {
        var draft = await _store.Extractor.ExtractAsync(new ArticleInput("The ministry said that the port would reopen on Monday. Officials denied that ships had been seized."));
        Assert.Equal(2, draft.Statements.Count);
        var broken = draft with { Statements = [draft.Statements[0], draft.Statements[1] with { SpeakerRef = "no-such-actor" }] };
        var ex = await Assert.ThrowsAsync<ClaimGraphException>(() => _store.Committer.CommitAsync(broken));
        Assert.Contains("no-such-actor", ex.Message, StringComparison.Ordinal);
        var counts = await _store.Store.CountAsync();
        Assert.Equal((0, 0, 0, 0), (counts.Actors, counts.Sources, counts.Claims, counts.Statements));
    }

    public void Dispose() => _store.Dispose();
}
