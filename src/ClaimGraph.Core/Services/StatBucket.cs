using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>
/// One bar of a chart: statements with one stance in one group. <see cref="Key"/> is the actor's, source's or claim's
/// global id, the bucket's start date (yyyy-MM-dd) for time, and null for stance alone; <see cref="Label"/> is the
/// name, title, claim text, date, or stance.
/// </summary>
public sealed record StatBucket(string? Key, string Label, Stance Stance, int Count);
