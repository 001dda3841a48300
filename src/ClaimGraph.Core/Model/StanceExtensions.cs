namespace ClaimGraph.Core.Model;

public static class StanceExtensions
{
    /// <summary>+1 for stances that hold the claim true, -1 for denial, 0 for stances with no truth value.</summary>
    public static int Polarity(this Stance stance) => stance switch
    {
        Stance.Asserts or Stance.Confirms => 1,
        Stance.Denies => -1,
        _ => 0,
    };

    public static bool Opposes(this Stance a, Stance b) => a.Polarity() * b.Polarity() < 0;
}
