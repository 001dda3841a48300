namespace ClaimGraph.Core.Store;

public sealed record PageItem<T>(T Node, string Cursor);
