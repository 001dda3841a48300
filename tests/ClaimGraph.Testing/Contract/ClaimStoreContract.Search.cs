using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    private static readonly NodeKind[] AllKinds = Enum.GetValues<NodeKind>();

    public static TheoryData<string> HostileQueries => new()
    {
        "\"NEAR( AND OR *", "-", "^", ":", "\"", "\"\"", "*", "(", ")", "()", "AND", "OR", "NOT", "NEAR", "a OR", "OR b",
        "body:raqqa", "{body}: raqqa", "-raqqa", "^raqqa", "raqqa*", "\"raqqa", "raqqa\"", "'", "\\", "%", "_", "NEAR(a b, 2)",
        "'; DROP TABLE actors; --", "\0", "\ud800", "a\udc00b", "🙂🙂", "الرقة\" OR \"*", "+", "a + b", "[x]", "$", "@id", "?1",
        new string('(', 300), string.Concat(Enumerable.Repeat("raqqa AND ", 100)),
    };

    private static async Task<IReadOnlyList<string>> FindAsync(IClaimStore store, string text, params NodeKind[] kinds) =>
        (await store.SearchAsync(text, kinds.Length == 0 ? AllKinds : kinds, 50)).Select(h => h.Id).Order(StringComparer.Ordinal).ToList();

    [SkippableTheory]
    [InlineData("التحالف")]
    [InlineData("والتحالف")]
    [InlineData("للتحالف")]
    [InlineData("بالتحالف")]
    public async Task Arabic_search_finds_a_word_whatever_article_and_attached_prefixes_it_carries(string query)
    {
        var store = await StoreAsync(
            A.Claim("plain").Saying("التحالف يعلن", "ar"),
            A.Claim("and").Saying("قسد والتحالف", "ar"),
            A.Claim("for").Saying("بيان للتحالف", "ar"),
            A.Claim("with").Saying("اتصال بالتحالف", "ar"),
            A.Claim("unrelated").Saying("مفاوضات في الرقة", "ar"));

        Assert.Equal(["and", "for", "plain", "with"], await FindAsync(store, query));
    }

    [SkippableTheory]
    [InlineData("أمريكا")]
    [InlineData("امريكا")]
    [InlineData("إمريكا")]
    [InlineData("آمريكا")]
    public async Task Arabic_search_folds_hamza_forms_of_alef(string query)
    {
        var store = await StoreAsync(A.Claim("hamza").Saying("دعم أمريكا", "ar"), A.Claim("bare").Saying("دعم امريكا", "ar"),
            A.Claim("prefixed").Saying("رسالة لأمريكا", "ar"));

        Assert.Equal(["bare", "hamza", "prefixed"], await FindAsync(store, query));
    }

    [SkippableTheory]
    [InlineData("الرقة")]
    [InlineData("الرقه")]
    [InlineData("رقة")]
    public async Task Arabic_search_folds_taa_marbuta(string query)
    {
        var store = await StoreAsync(A.Claim("taa").Saying("معركة الرقة", "ar"), A.Claim("haa").Saying("معركه الرقه", "ar"));

        Assert.Equal(["haa", "taa"], await FindAsync(store, query));
    }

    [SkippableTheory]
    [InlineData("التحالف")]
    [InlineData("التَّحَالُف")]
    [InlineData("التحالـــف")]
    public async Task Arabic_search_ignores_harakat_and_tatweel(string query)
    {
        var store = await StoreAsync(A.Claim("vowelled").Saying("أعلن التَّحَالُفُ", "ar"), A.Claim("stretched").Saying("أعلن التحالـــف", "ar"),
            A.Claim("plain").Saying("أعلن التحالف", "ar"));

        Assert.Equal(["plain", "stretched", "vowelled"], await FindAsync(store, query));
    }

    [SkippableFact]
    public async Task Arabic_indic_digits_match_ascii_digits()
    {
        var store = await StoreAsync(A.Claim("c").Saying("قتل ٢٠١٧ مدنيا", "ar"));

        Assert.Equal(["c"], await FindAsync(store, "2017"));
    }

    [SkippableTheory]
    [InlineData("Syrian Democratic Forces")]
    [InlineData("syrian democratic forces")]
    [InlineData("SYRIAN DEMOCRATIC")]
    [InlineData("democratic")]
    public async Task Latin_search_ignores_case(string query)
    {
        var store = await StoreAsync(A.Actor("sdf").Named("قسد", "ar").AlsoKnownAs("Syrian Democratic Forces"), A.Actor("other").Named("Free Syrian Army"));

        Assert.Equal(["sdf"], await FindAsync(store, query));
    }

    [SkippableTheory]
    [InlineData("Élysée")]
    [InlineData("elysee")]
    [InlineData("ELYSEE")]
    public async Task Latin_search_ignores_accents(string query)
    {
        var store = await StoreAsync(A.Source("accented").Titled("Communiqué de l'Élysée", "fr"), A.Source("plain").Titled("Elysee statement"));

        Assert.Equal(["accented", "plain"], await FindAsync(store, query));
    }

    [SkippableFact]
    public async Task Search_matches_word_prefixes()
    {
        var store = await StoreAsync(A.Actor("sdf").Named("Syrian Democratic Forces"), A.Claim("c").Saying("مفاوضات سرية", "ar"));

        Assert.Equal(["sdf"], await FindAsync(store, "Democr"));
        Assert.Equal(["c"], await FindAsync(store, "مفاوض"));
    }

    [SkippableFact]
    public async Task Every_word_of_the_query_must_match()
    {
        var store = await StoreAsync(A.Claim("both").Saying("IS fighters leave Raqqa"), A.Claim("one").Saying("IS fighters stay"));

        Assert.Equal(["both"], await FindAsync(store, "fighters raqqa"));
        Assert.Equal(["both", "one"], await FindAsync(store, "fighters"));
    }

    [SkippableFact]
    public async Task Search_covers_names_aliases_claims_translations_quotes_and_titles()
    {
        var store = await StoreAsync(
            A.Actor("actor").Named("Alpha").AlsoKnownAs("Zulu"),
            A.Claim("claim").Saying("Bravo").TranslatedTo("fr", "Yankee"),
            A.Source("source").Titled("Charlie").WithText("Xray only in the full text"),
            A.Statement("statement").Quoting("Delta"));

        Assert.Equal(["actor"], await FindAsync(store, "alpha"));
        Assert.Equal(["actor"], await FindAsync(store, "zulu"));
        Assert.Equal(["claim"], await FindAsync(store, "bravo"));
        Assert.Equal(["claim"], await FindAsync(store, "yankee"));
        Assert.Equal(["source"], await FindAsync(store, "charlie"));
        Assert.Equal(["statement"], await FindAsync(store, "delta"));
    }

    [SkippableFact]
    public async Task Search_is_restricted_to_the_kinds_asked_for()
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(),
            A.Actor("actor").Named("Raqqa council"), A.Claim("claim").Saying("Raqqa is surrounded"),
            A.Source("source").Titled("Raqqa report"), A.Statement("statement").Quoting("in Raqqa today")]);

        Assert.Equal(["actor", "claim", "source", "statement"], await FindAsync(store, "raqqa"));
        Assert.Equal(["statement"], await FindAsync(store, "raqqa", NodeKind.Statement));
        Assert.Equal(["claim", "source"], await FindAsync(store, "raqqa", NodeKind.Claim, NodeKind.Source));
    }

    [SkippableFact]
    public async Task A_hit_carries_its_kind_and_the_original_text_that_matched()
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(),
            A.Actor("sdf").Named("قسد", "ar").AlsoKnownAs("Syrian Democratic Forces"), A.Statement("st").Quoting("نفت قسد وجود أي مفاوضات")]);

        var alias = Assert.Single(await store.SearchAsync("democratic", AllKinds, 10));
        var quote = Assert.Single(await store.SearchAsync("المفاوضات", [NodeKind.Statement], 10));

        Assert.Equal((NodeKind.Actor, "sdf", "Syrian Democratic Forces"), (alias.Kind, alias.Id, alias.Matched));
        Assert.Equal((NodeKind.Statement, "st", "نفت قسد وجود أي مفاوضات"), (quote.Kind, quote.Id, quote.Matched));
    }

    [SkippableFact]
    public async Task A_node_matching_in_several_fields_is_one_hit()
    {
        var store = await StoreAsync(A.Actor("coalition").Named("Global Coalition").AlsoKnownAs("Coalition").AlsoKnownAs("The Coalition against IS"));

        var hit = Assert.Single(await store.SearchAsync("coalition", AllKinds, 10));
        Assert.Equal("coalition", hit.Id);
    }

    [SkippableFact]
    public async Task Hits_come_best_first()
    {
        var store = await StoreAsync(
            A.Claim("passing").Saying("A long report on the weather, the markets, the roads, the schools and, once, Raqqa, among many other things"),
            A.Claim("focused").Saying("Raqqa Raqqa Raqqa"));

        var hits = await store.SearchAsync("raqqa", AllKinds, 10);

        Assert.Equal(["focused", "passing"], hits.Select(h => h.Id));
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [SkippableFact]
    public async Task Search_returns_at_most_the_limit()
    {
        var store = await StoreAsync(Enumerable.Range(0, 12).Select(i => A.Claim($"c{i}").Saying($"Raqqa item {i}")));

        Assert.Equal(5, (await store.SearchAsync("raqqa", AllKinds, 5)).Count);
        Assert.Equal(12, (await store.SearchAsync("raqqa", AllKinds, 100)).Count);
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ... ???")]
    [InlineData("؟ ، ؛")]
    [InlineData("\"\"")]
    public async Task Text_without_words_finds_nothing(string query)
    {
        var store = await StoreAsync(A.Claim("c").Saying("Raqqa"), A.Actor("a").Named("!!!"));

        Assert.Empty(await store.SearchAsync(query, AllKinds, 10));
    }

    [SkippableTheory]
    [MemberData(nameof(HostileQueries), DisableDiscoveryEnumeration = true)]
    public async Task Search_syntax_in_user_text_is_never_interpreted(string query)
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), A.Claim("c").Saying("Raqqa body NEAR AND OR"), A.Statement("st").Quoting("raqqa")]);

        var hits = await store.SearchAsync(query, AllKinds, 10);

        Assert.All(hits, h => Assert.Contains(h.Id, new[] { "c", "st" }));
        await store.QueryActorsAsync(new ActorQuery(Text: query), new PageRequest(5));
        await store.QueryClaimsAsync(new ClaimQuery(Text: query), new PageRequest(5));
        await store.QuerySourcesAsync(new SourceQuery(Text: query), new PageRequest(5));
        await store.QueryStatementsAsync(new StatementQuery(Text: query), new PageRequest(5));
    }

    [SkippableFact]
    public async Task Search_follows_updates_and_deletes()
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), A.Actor("sdf").Named("Kurdish forces").AlsoKnownAs("YPG"), A.Statement("st").Quoting("first words")]);

        await store.SeedAsync(A.Actor("sdf").Named("Syrian Democratic Forces"), A.Statement("st").Quoting("second words"));

        Assert.Empty(await FindAsync(store, "kurdish"));
        Assert.Empty(await FindAsync(store, "ypg"));
        Assert.Empty(await FindAsync(store, "first"));
        Assert.Equal(["sdf"], await FindAsync(store, "democratic"));
        Assert.Equal(["st"], await FindAsync(store, "second"));

        await store.WriteAsync(async w => await w.DeleteAsync(NodeKind.Statement, "st") && await w.DeleteAsync(NodeKind.Actor, "sdf"));

        Assert.Empty(await FindAsync(store, "democratic"));
        Assert.Empty(await FindAsync(store, "second"));
    }

    [SkippableFact]
    public async Task A_statement_without_a_quote_is_not_a_search_hit()
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), A.Statement("st")]);

        Assert.Empty(await store.SearchAsync("st", [NodeKind.Statement], 10));
    }

    [SkippableFact]
    public async Task A_rarer_word_of_the_query_weighs_more()
    {
        var store = await StoreAsync([.. Enumerable.Range(0, 6).Select(i => A.Claim($"common{i}").Saying($"fighters seen in sector {i}")),
            A.Claim("rare-twice").Saying("Raqqa Raqqa fighters"), A.Claim("common-twice").Saying("fighters fighters Raqqa")]);

        var hits = await store.SearchAsync("raqqa fighters", AllKinds, 10);

        Assert.Equal(["rare-twice", "common-twice"], hits.Select(h => h.Id));
    }

    [SkippableFact]
    public async Task A_word_also_finds_longer_words_it_begins()
    {
        var store = await StoreAsync(A.Claim("word").Saying("Raqqa"), A.Claim("longer").Saying("Raqqawi families"), A.Claim("other").Saying("Tabqa"));

        Assert.Equal(["longer", "word"], await FindAsync(store, "raqqa"));
    }
}
