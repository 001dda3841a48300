namespace ClaimGraph.Ingest.Evaluation;

/// <summary>Precision, recall and F1 from true positives over predictions and gold items.</summary>
public sealed record Score(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  ({TruePositives} correct, {Predicted} found, {Gold} annotated)";
}
