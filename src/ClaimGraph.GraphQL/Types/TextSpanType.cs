using ClaimGraph.Core.Model;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class TextSpanType : ObjectGraphType<TextSpan>
{
    public TextSpanType()
    {
        Name = "TextSpan";
        Description = "Half-open range [start, end) of UTF-16 code units in the source's text (JavaScript string indices).";
        Field(s => s.Start);
        Field(s => s.End);
    }
}
