using ClaimGraph.GraphQL.Inputs;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class TextSpanInputType : InputObjectGraphType<TextSpanInput>
{
    public TextSpanInputType()
    {
        Name = "TextSpanInput";
        Description = "Half-open range [start, end) of UTF-16 code units in the source's text.";
        Field(s => s.Start);
        Field(s => s.End);
    }
}
