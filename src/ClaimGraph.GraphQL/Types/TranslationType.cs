using ClaimGraph.Core.Model;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class TranslationType : ObjectGraphType<Translation>
{
    public TranslationType()
    {
        Name = "Translation";
        Field(t => t.Language).Description("BCP 47 language tag.");
        Field(t => t.Text);
        Field<NonNullGraphType<TextDirectionType>>("direction").Resolve(ctx => Directions.Of(ctx.Source.Language));
    }
}
