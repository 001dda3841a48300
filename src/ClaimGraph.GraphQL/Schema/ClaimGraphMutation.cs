using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.InputTypes;
using ClaimGraph.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>
/// Every mutation validates its input and writes all or nothing; failures are GraphQL errors whose
/// extensions.code is VALIDATION, NOT_FOUND or CONFLICT and whose message says what to fix.
/// </summary>
public sealed class ClaimGraphMutation : ObjectGraphType
{
    public ClaimGraphMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<ActorType>>("createActor")
            .Argument<NonNullGraphType<CreateActorInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Commands().CreateActorAsync(InputMapping.ToActor(ctx.GetArgument<CreateActorInput>("input")), ctx.CancellationToken));
        Field<NonNullGraphType<ActorType>>("updateActor")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<UpdateActorInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Commands().UpdateActorAsync(
                GlobalId.KeyOf(ctx.GetArgument<string>("id"), NodeKind.Actor, "id"),
                InputMapping.ToPatch(ctx.GetArgument<UpdateActorInput>("input")), ctx.CancellationToken));
        Field<NonNullGraphType<ActorType>>("mergeActors")
            .Description("Merges 'merge' into 'keep': statements, relays, publications, authorship and affiliations move to 'keep', the merged names become its aliases, and 'merge' is deleted.")
            .Argument<NonNullGraphType<IdGraphType>>("keep")
            .Argument<NonNullGraphType<IdGraphType>>("merge")
            .ResolveAsync(async ctx => await ctx.Commands().MergeActorsAsync(
                GlobalId.KeyOf(ctx.GetArgument<string>("keep"), NodeKind.Actor, "keep"),
                GlobalId.KeyOf(ctx.GetArgument<string>("merge"), NodeKind.Actor, "merge"), ctx.CancellationToken));
        Field<NonNullGraphType<SourceType>>("recordSource")
            .Argument<NonNullGraphType<RecordSourceInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Commands().RecordSourceAsync(InputMapping.ToSource(ctx.GetArgument<RecordSourceInput>("input")), ctx.CancellationToken));
        Field<NonNullGraphType<ClaimType>>("recordClaim")
            .Argument<NonNullGraphType<RecordClaimInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Commands().RecordClaimAsync(InputMapping.ToClaim(ctx.GetArgument<RecordClaimInput>("input")), ctx.CancellationToken));
        Field<NonNullGraphType<StatementType>>("recordStatement")
            .Argument<NonNullGraphType<RecordStatementInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Commands().RecordStatementAsync(InputMapping.ToStatement(ctx.GetArgument<RecordStatementInput>("input")), ctx.CancellationToken));
        Field<NonNullGraphType<ClaimLinkType>>("linkClaims")
            .Argument<NonNullGraphType<LinkClaimsInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Commands().LinkClaimsAsync(InputMapping.ToLink(ctx.GetArgument<LinkClaimsInput>("input")), ctx.CancellationToken));
        Field<NonNullGraphType<BooleanGraphType>>("unlinkClaims")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<NonNullGraphType<ClaimLinkKindType>>("kind")
            .ResolveAsync(async ctx => await ctx.Commands().UnlinkClaimsAsync(
                GlobalId.KeyOf(ctx.GetArgument<string>("from"), NodeKind.Claim, "from"),
                GlobalId.KeyOf(ctx.GetArgument<string>("to"), NodeKind.Claim, "to"),
                ctx.GetArgument<ClaimLinkKind>("kind"), ctx.CancellationToken));
        Delete("deleteStatement", NodeKind.Statement, "Deletes a statement. Refused while other statements are relayed through it.");
        Delete("deleteClaim", NodeKind.Claim, "Deletes a claim with its statements and links. Refused while a statement on another claim is relayed through one of them.");
        Delete("deleteSource", NodeKind.Source, "Deletes a source with its statements and the anonymous sources scoped to it. Refused while anything else refers to them.");
        Delete("deleteActor", NodeKind.Actor, "Deletes an actor nothing refers to. Refused otherwise: merge it into another actor instead.");
        IngestMutations.AddTo(this);
    }

    private void Delete(string name, NodeKind kind, string description) =>
        Field<NonNullGraphType<DeletionResultType>>(name).Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Commands().DeleteAsync(kind, GlobalId.KeyOf(ctx.GetArgument<string>("id"), kind, "id"), ctx.CancellationToken));
}
