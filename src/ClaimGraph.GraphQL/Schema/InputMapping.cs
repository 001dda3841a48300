using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Inputs;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>From GraphQL inputs (global ids, optional keys) to domain records (bare keys, generated ids).</summary>
internal static class InputMapping
{
    public static Actor ToActor(CreateActorInput i) => new(
        i.Key ?? IdGenerator.New("actor"), i.Name, i.Language, i.Kind,
        (i.Aliases ?? []).Select(a => new Alias(a.Name, a.Language)).ToList(),
        i.Description,
        GlobalId.OptionalKeyOf(i.Affiliation, NodeKind.Actor, "affiliation"),
        i.Role,
        GlobalId.OptionalKeyOf(i.ScopeSource, NodeKind.Source, "scopeSource"));

    public static ActorPatch ToPatch(UpdateActorInput i) => new(
        i.Name, i.Language, i.Kind,
        i.Aliases?.Select(a => new Alias(a.Name, a.Language)).ToList(),
        i.Description,
        i.Affiliation is { Length: 0 } ? "" : GlobalId.OptionalKeyOf(i.Affiliation, NodeKind.Actor, "affiliation"),
        i.Role);

    public static Source ToSource(RecordSourceInput i) => new(
        i.Key ?? IdGenerator.New("source"), i.Kind, i.Title, i.Language,
        (i.Cites ?? []).Select(c => GlobalId.KeyOf(c, NodeKind.Source, "cites")).ToList(),
        i.Url,
        GlobalId.OptionalKeyOf(i.Publisher, NodeKind.Actor, "publisher"),
        GlobalId.OptionalKeyOf(i.Author, NodeKind.Actor, "author"),
        i.PublishedAt, i.Text);

    public static Claim ToClaim(RecordClaimInput i) => new(
        i.Key ?? IdGenerator.New("claim"), i.Text, i.Language,
        (i.Translations ?? []).Select(t => new Translation(t.Language, t.Text)).ToList(), i.Summary);

    public static Statement ToStatement(RecordStatementInput i) => new(
        i.Key ?? IdGenerator.New("statement"),
        GlobalId.KeyOf(i.Actor, NodeKind.Actor, "actor"),
        GlobalId.KeyOf(i.Claim, NodeKind.Claim, "claim"),
        i.Stance,
        GlobalId.KeyOf(i.Source, NodeKind.Source, "source"),
        i.Quote,
        i.Span is { } span ? new TextSpan(span.Start, span.End) : null,
        i.StatedAt,
        GlobalId.OptionalKeyOf(i.RelayedThrough, NodeKind.Statement, "relayedThrough"),
        GlobalId.OptionalKeyOf(i.RelayedBy, NodeKind.Actor, "relayedBy"),
        GlobalId.OptionalKeyOf(i.OriginSource, NodeKind.Source, "originSource"),
        i.Note);

    public static ClaimLink ToLink(LinkClaimsInput i) => new(
        GlobalId.KeyOf(i.From, NodeKind.Claim, "from"), GlobalId.KeyOf(i.To, NodeKind.Claim, "to"), i.Kind, i.Note);
}
