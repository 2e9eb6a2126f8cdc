using MathNet.Numerics.LinearAlgebra;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// Pushes a bundle of vectors (the rows of a k×n matrix M) toward being mutually orthogonal unit vectors with the Adam
/// optimiser. The loss, with D = M·Mᵀ − I, is Σᵢⱼ Dᵢⱼ⁶ + k·Σᵢ Dᵢᵢ²: the sixth power barely punishes small deviations
/// from orthogonality but sharply punishes large ones (so with more vectors than dimensions they settle "almost
/// orthogonal"), and the diagonal term keeps every row near unit length.
/// </summary>
/// <remarks>
/// Adam as in PyTorch's defaults (β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸, bias-corrected moments); the state starts fresh with
/// each optimiser, as the chapter makes a new one for every spreading pass. The gradient is analytic:
/// ∂loss/∂mᵢ = 12·Σⱼ Dᵢⱼ⁵·mⱼ + 4k·Dᵢᵢ·mᵢ.
/// </remarks>
public sealed class VectorSpreadingOptimizer
{
    private readonly Matrix<double> _firstMoment;
    private readonly Matrix<double> _secondMoment;
    private int _stepCount;

    /// <summary>Starts from <paramref name="vectors"/> (one vector per row; copied).</summary>
    /// <param name="vectors">The k×n starting matrix.</param>
    /// <param name="learningRate">Adam's step size (0.01 in the chapter).</param>
    /// <param name="beta1">Decay of the first-moment (mean) estimate.</param>
    /// <param name="beta2">Decay of the second-moment (uncentred variance) estimate.</param>
    /// <param name="epsilon">Added to the root of the second moment so a zero gradient never divides by zero.</param>
    public VectorSpreadingOptimizer(Matrix<double> vectors, double learningRate = 0.01, double beta1 = 0.9, double beta2 = 0.999,
        double epsilon = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.RowCount == 0 || vectors.ColumnCount == 0) throw new ArgumentException("The optimiser needs at least one vector of at least one dimension.", nameof(vectors));
        if (!(learningRate > 0)) throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive.");
        if (beta1 is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(beta1), beta1, "β₁ must lie in [0, 1).");
        if (beta2 is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(beta2), beta2, "β₂ must lie in [0, 1).");
        Vectors = vectors.Clone();
        LearningRate = learningRate;
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
        _firstMoment = Matrix<double>.Build.Dense(vectors.RowCount, vectors.ColumnCount);
        _secondMoment = Matrix<double>.Build.Dense(vectors.RowCount, vectors.ColumnCount);
    }

    /// <summary>Starts from vectors given as rows of <see cref="System.Numerics.Vector3"/>.</summary>
    public VectorSpreadingOptimizer(IReadOnlyList<System.Numerics.Vector3> vectors, double learningRate = 0.01)
        : this(Matrix<double>.Build.Dense(vectors.Count, 3, (i, j) => j switch { 0 => vectors[i].X, 1 => vectors[i].Y, _ => vectors[i].Z }),
            learningRate)
    {
    }

    /// <summary>The current vectors, one per row (k×n). Updated in place by <see cref="Step"/>.</summary>
    public Matrix<double> Vectors { get; }

    /// <summary>Adam's step size.</summary>
    public double LearningRate { get; }

    /// <summary>First-moment decay.</summary>
    public double Beta1 { get; }

    /// <summary>Second-moment decay.</summary>
    public double Beta2 { get; }

    /// <summary>Denominator guard.</summary>
    public double Epsilon { get; }

    /// <summary>Number of steps taken.</summary>
    public int StepCount => _stepCount;

    /// <summary>Row <paramref name="index"/> as a 3D point (the first three coordinates; missing ones are 0).</summary>
    public System.Numerics.Vector3 GetVector3(int index)
    {
        var row = Vectors.Row(index);
        return new((float)row[0], row.Count > 1 ? (float)row[1] : 0, row.Count > 2 ? (float)row[2] : 0);
    }

    /// <summary>The loss Σᵢⱼ Dᵢⱼ⁶ + k·Σᵢ Dᵢᵢ² of <paramref name="vectors"/>, D = M·Mᵀ − I.</summary>
    public static double Loss(Matrix<double> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var diff = Deviation(vectors);
        int k = vectors.RowCount;
        double loss = 0;
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
                loss += Math.Pow(diff[i, j], 6);
        for (int i = 0; i < k; i++) loss += k * diff[i, i] * diff[i, i];
        return loss;
    }

    /// <summary>The gradient of <see cref="Loss"/> with respect to every entry of <paramref name="vectors"/>.</summary>
    public static Matrix<double> Gradient(Matrix<double> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var diff = Deviation(vectors);
        int k = vectors.RowCount;
        // D is symmetric, so the two places each mᵢ enters a dot product give the factor 2 · 6 = 12.
        var gradient = 12 * diff.PointwisePower(5) * vectors;
        for (int i = 0; i < k; i++)
            gradient.SetRow(i, gradient.Row(i) + 4.0 * k * diff[i, i] * vectors.Row(i));
        return gradient;
    }

    /// <summary>The current loss.</summary>
    public double CurrentLoss() => Loss(Vectors);

    /// <summary>Takes one Adam step on the loss and returns the loss before the step (as <c>loss.backward()</c> sees it).</summary>
    public double Step()
    {
        double loss = Loss(Vectors);
        var gradient = Gradient(Vectors);
        _stepCount++;
        double correction1 = 1 - Math.Pow(Beta1, _stepCount);
        double correction2 = 1 - Math.Pow(Beta2, _stepCount);
        for (int i = 0; i < Vectors.RowCount; i++)
        {
            for (int j = 0; j < Vectors.ColumnCount; j++)
            {
                double g = gradient[i, j];
                double m = _firstMoment[i, j] = Beta1 * _firstMoment[i, j] + (1 - Beta1) * g;
                double v = _secondMoment[i, j] = Beta2 * _secondMoment[i, j] + (1 - Beta2) * g * g;
                double mHat = m / correction1;
                double vHat = v / correction2;
                Vectors[i, j] -= LearningRate * mHat / (Math.Sqrt(vHat) + Epsilon);
            }
        }
        return loss;
    }

    private static Matrix<double> Deviation(Matrix<double> vectors) =>
        vectors * vectors.Transpose() - Matrix<double>.Build.DenseIdentity(vectors.RowCount);
}
