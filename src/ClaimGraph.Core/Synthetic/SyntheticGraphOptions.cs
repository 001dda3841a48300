namespace ClaimGraph.Core.Synthetic;

/// <summary>
/// Size and seed of a synthetic graph. The other counts follow from <see cref="Statements"/>:
/// one actor per 40 statements, one outlet per 25 actors, one claim per 8 statements, about 20
/// statements per source and one claim link per 100 statements.
/// </summary>
public sealed record SyntheticGraphOptions(int Statements, int Seed = 1)
{
    public int Actors => Math.Max(10, Statements / 40);

    public int Outlets => Math.Max(3, Actors / 25);

    public int Claims => Math.Max(5, Statements / 8);

    public int ClaimLinks => Statements / 100;
}
