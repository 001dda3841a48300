namespace ClaimGraph.Core.Model;

/// <summary>Half-open range [Start, End) of UTF-16 code units in a source's text.</summary>
public sealed record TextSpan(int Start, int End)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;
}
