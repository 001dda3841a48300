using ClaimGraph.GraphQL.Inputs.Ingest;
using ClaimGraph.GraphQL.InputTypes.Ingest;
using ClaimGraph.GraphQL.Types.Ingest;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Draft;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>Article ingestion: extract a draft (nothing stored), then commit the reviewed draft in one transaction.</summary>
internal static class IngestMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ExtractionDraftType>>("extractArticle")
            .Description("Reads an article and proposes its source, actors (matched to stored ones or new), claims (with stored look-alikes) and statements. Stores nothing: review, edit and send the draft to commitExtraction.")
            .Argument<NonNullGraphType<ExtractArticleInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<ArticleExtractor>()
                .ExtractAsync(IngestInputMapping.ToArticle(ctx.GetArgument<ExtractArticleInput>("input")), ctx.CancellationToken));
        mutation.Field<NonNullGraphType<CommitResultType>>("commitExtraction")
            .Description("Writes a reviewed draft through the import checks in one transaction: all of it, or nothing with a VALIDATION error listing every problem.")
            .Argument<NonNullGraphType<ExtractionDraftInputType>>("draft")
            .ResolveAsync(async ctx =>
            {
                var draft = IngestInputMapping.ToDraft(ctx.GetArgument<ExtractionDraftInput>("draft"));
                var result = await ctx.RequestServices!.GetRequiredService<DraftCommitter>().CommitAsync(draft, ctx.CancellationToken);
                return new CommitResult(draft.Source.Id, result.Actors, result.Claims, result.Statements);
            });
    }
}
