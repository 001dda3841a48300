using ClaimGraph.Core.Model;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    private static readonly DateTimeOffset Damascus = new(2017, 10, 12, 18, 30, 15, 123, TimeSpan.FromHours(3));

    [SkippableFact]
    public async Task Actor_round_trips_every_field_with_arabic_text_and_aliases_in_order()
    {
        var actor = A.Actor("sdf").Named("قوات سوريا الديمقراطية", "ar").OfKind(ActorKind.ArmedGroup)
            .AlsoKnownAs("قسد", "ar").AlsoKnownAs("Syrian Democratic Forces").AlsoKnownAs("SDF 🙂 \"quoted\" \\ back")
            .Described("تحالف فصائل في شمال سوريا").AffiliatedWith("coalition").WithRole("شريك محلي")
            .Build();
        var scoped = A.Actor("informed").Named("مصادر مطلعة", "ar").ScopedTo("article").Build();
        var store = await StoreAsync(actor, scoped, A.Actor("coalition"), A.Source("article"));

        var loaded = await store.GetActorsAsync(["sdf", "informed"]);

        RecordAssert.Equal(actor, Assert.Single(loaded, a => a.Id == "sdf"));
        RecordAssert.Equal(scoped, Assert.Single(loaded, a => a.Id == "informed"));
    }

    [SkippableFact]
    public async Task Actor_without_optional_fields_reads_back_nulls_and_no_aliases()
    {
        var actor = new Actor("bare", "Bare", "en", ActorKind.Person, []);
        var store = await StoreAsync(actor);

        var loaded = Assert.Single(await store.GetActorsAsync(["bare"]));

        RecordAssert.Equal(actor, loaded);
        Assert.Null(loaded.Description);
        Assert.Null(loaded.AffiliationId);
        Assert.Null(loaded.Role);
        Assert.Null(loaded.ScopeSourceId);
        Assert.Empty(loaded.Aliases);
    }

    [SkippableFact]
    public async Task Claim_round_trips_with_translations_in_order()
    {
        var claim = A.Claim("negotiations").Saying("توجد مفاوضات بين قسد وتنظيم الدولة", "ar")
            .TranslatedTo("en", "There are negotiations between the SDF and IS.")
            .TranslatedTo("fr", "Des négociations ont lieu.")
            .Summarised("Negotiations exist").Build();
        var store = await StoreAsync(claim);

        RecordAssert.Equal(claim, Assert.Single(await store.GetClaimsAsync(["negotiations"])));
    }

    [SkippableFact]
    public async Task Claim_without_translations_or_summary_round_trips()
    {
        var claim = new Claim("plain", "Plain", "en", []);
        var store = await StoreAsync(claim);

        RecordAssert.Equal(claim, Assert.Single(await store.GetClaimsAsync(["plain"])));
    }

    [SkippableFact]
    public async Task Source_round_trips_every_field_including_citations_text_and_time_offset()
    {
        var source = A.Source("article").OfKind(SourceKind.Article).Titled("مفاوضات بين قسد والتنظيم في الرقة", "ar")
            .Citing("statement", "post").At("https://example.org/raqqa?id=1&lang=ar").PublishedBy("outlet").WrittenBy("reporter")
            .PublishedAt(Damascus).WithText("النص الكامل\nسطر ثان").Build();
        var store = await StoreAsync(source, A.Source("statement").OfKind(SourceKind.OfficialStatement), A.Source("post").OfKind(SourceKind.Post),
            A.Actor("outlet").OfKind(ActorKind.MediaOutlet), A.Actor("reporter").OfKind(ActorKind.Person));

        RecordAssert.Equal(source, Assert.Single(await store.GetSourcesAsync(["article"])));
    }

    [SkippableFact]
    public async Task Source_without_optional_fields_round_trips()
    {
        var source = new Source("bare", SourceKind.Other, "Bare", "en", []);
        var store = await StoreAsync(source);

        RecordAssert.Equal(source, Assert.Single(await store.GetSourcesAsync(["bare"])));
    }

    [SkippableFact]
    public async Task Statement_round_trips_every_field()
    {
        var relay = A.Statement("relay").By("haskawi").Quoting("الأنباء الواردة").Build();
        var statement = A.Statement("full").By("actor").On("claim").In("source").Denies()
            .Quoting("نفت قسد وجود أي مفاوضات", 120).StatedAt(Damascus).RelayedThrough("relay").RelayedBy("outlet")
            .OriginallyIn("origin").Noted("paraphrased").Build();
        var store = await StoreAsync(
            [.. BasicGraph.Nodes(), A.Actor("haskawi"), A.Actor("outlet"), A.Source("origin"), relay, statement]);

        var loaded = Assert.Single(await store.GetStatementsAsync(["full"]));

        RecordAssert.Equal(statement, loaded);
        Assert.Equal(new TextSpan(120, 120 + "نفت قسد وجود أي مفاوضات".Length), loaded.Span);
    }

    [SkippableFact]
    public async Task Statement_with_only_required_fields_round_trips_nulls()
    {
        var statement = new Statement("minimal", "actor", "claim", Stance.Demands, "source");
        var store = await StoreAsync([.. BasicGraph.Nodes(), statement]);

        RecordAssert.Equal(statement, Assert.Single(await store.GetStatementsAsync(["minimal"])));
    }

    [SkippableFact]
    public async Task Every_stance_and_kind_round_trips()
    {
        var records = new List<object>(BasicGraph.Nodes());
        records.AddRange(Enum.GetValues<ActorKind>().Select(k => A.Actor($"actor-{k}").OfKind(k).Build()));
        records.AddRange(Enum.GetValues<SourceKind>().Select(k => A.Source($"source-{k}").OfKind(k).Build()));
        records.AddRange(Enum.GetValues<Stance>().Select(s => A.Statement($"st-{s}").Taking(s).Build()));
        var store = await StoreAsync(records);

        foreach (var kind in Enum.GetValues<ActorKind>())
            Assert.Equal(kind, Assert.Single(await store.GetActorsAsync([$"actor-{kind}"])).Kind);
        foreach (var kind in Enum.GetValues<SourceKind>())
            Assert.Equal(kind, Assert.Single(await store.GetSourcesAsync([$"source-{kind}"])).Kind);
        foreach (var stance in Enum.GetValues<Stance>())
            Assert.Equal(stance, Assert.Single(await store.GetStatementsAsync([$"st-{stance}"])).Stance);
    }

    [SkippableFact]
    public async Task Upserting_an_actor_replaces_the_whole_record_including_aliases()
    {
        var store = await StoreAsync(A.Actor("sdf").Named("SDF").AlsoKnownAs("قسد", "ar").AlsoKnownAs("Syrian Democratic Forces")
            .Described("old").WithRole("old role"));
        var replacement = A.Actor("sdf").Named("قوات سوريا الديمقراطية", "ar").AlsoKnownAs("SDF").Build();

        await store.SeedAsync(replacement);

        RecordAssert.Equal(replacement, Assert.Single(await store.GetActorsAsync(["sdf"])));
    }

    [SkippableFact]
    public async Task Upserting_a_claim_replaces_its_translations()
    {
        var store = await StoreAsync(A.Claim("c").Saying("one").TranslatedTo("ar", "واحد").TranslatedTo("fr", "un").Summarised("s"));
        var replacement = A.Claim("c").Saying("two").TranslatedTo("de", "zwei").Build();

        await store.SeedAsync(replacement);

        RecordAssert.Equal(replacement, Assert.Single(await store.GetClaimsAsync(["c"])));
    }

    [SkippableFact]
    public async Task Upserting_a_source_replaces_its_citations()
    {
        var store = await StoreAsync(A.Source("a").Citing("b", "c").PublishedOn(2017, 6, 1), A.Source("b"), A.Source("c"));
        var replacement = A.Source("a").Citing("c").Build();

        await store.SeedAsync(replacement);

        RecordAssert.Equal(replacement, Assert.Single(await store.GetSourcesAsync(["a"])));
    }

    [SkippableFact]
    public async Task Upserting_a_statement_replaces_every_field()
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), A.Actor("other"),
            A.Statement("s").Quoting("old", 0).StatedOn(2017, 1, 1).RelayedBy("other").Noted("n")]);
        var replacement = A.Statement("s").By("other").Denies().Build();

        await store.SeedAsync(replacement);

        RecordAssert.Equal(replacement, Assert.Single(await store.GetStatementsAsync(["s"])));
    }

    [SkippableFact]
    public async Task Upserting_a_claim_link_again_updates_its_note_without_duplicating_it()
    {
        var store = await StoreAsync(A.Claim("a"), A.Claim("b"), A.Link("a", "b", note: "first"));

        await store.SeedAsync(A.Link("a", "b", note: "second"));

        var link = Assert.Single(await store.GetClaimLinksAsync(["a"]));
        Assert.Equal(A.Link("a", "b", ClaimLinkKind.Contradicts, "second"), link);
    }

    [SkippableFact]
    public async Task Counts_report_every_kind_of_record()
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), A.Actor("b"), A.Claim("c2"), A.Claim("c3"),
            A.Statement("s1"), A.Statement("s2"), A.Link("claim", "c2"), A.Link("claim", "c3", ClaimLinkKind.Supports)]);

        Assert.Equal(new Core.Store.GraphCounts(Actors: 2, Claims: 3, Sources: 1, Statements: 2, ClaimLinks: 2), await store.CountAsync());
    }

    [SkippableFact]
    public async Task An_empty_store_counts_nothing()
    {
        var store = await StoreAsync();

        Assert.Equal(new Core.Store.GraphCounts(0, 0, 0, 0, 0), await store.CountAsync());
    }
}
