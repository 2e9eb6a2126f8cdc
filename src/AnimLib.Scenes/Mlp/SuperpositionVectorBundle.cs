using System.Numerics;
using static AnimLib.Anim;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// Cramming vectors into three dimensions: under a slowly orbiting camera, the three axis vectors are joined one at a
/// time by ten random unit vectors, and after each arrival the whole bundle is pushed toward mutual orthogonality by
/// Adam steps on the loss Σ(M·Mᵀ − I)ᵢⱼ⁶ + k·Σ(M·Mᵀ − I)ᵢᵢ² (one step per frame; see
/// <see cref="VectorSpreadingOptimizer"/>), so the arrows visibly spread apart.
/// </summary>
public class SuperpositionVectorBundle : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Setup
        var frame = Frame;
        var axes = new ThreeDAxes(zRange: (-3, 3, 1), unitSize: 1);
        axes.Scale(0.5);
        var vects = new VGroup<Vector>(new[] { Vector3.UnitX, Vector3.UnitY, Vector3.UnitZ }.Select(v => GetNewVector(v)));

        frame.Reorient(23, 71, 0, new Vector3(0, 0, 0.5f), 3.5);
        frame.AddAmbientRotation(4 * Constants.Degrees);
        Add(axes);
        Add(vects);
        Wait(2);

        // Add a new vector
        const int nVects = 10;
        for (int n = 0; n < nVects; n++)
        {
            var direction = new Vector3(Uniform(-1, 1), Uniform(-1, 1), Uniform(-1, 1));
            var newVect = GetNewVector(Vector3.Normalize(direction));
            vects.Add(newVect);
            SpaceOutVectors(vects, runTime: 3 + 0.5 * n);
        }
        Wait(5);
    }

    /// <summary>
    /// A thin vector from the origin to <paramref name="coords"/>, filled with a random bright blue-green at
    /// <paramref name="opacity"/> with a thin border, kept turned toward the (moving) camera.
    /// </summary>
    protected Vector GetNewVector(Vector3 coords, Color? color = null, double opacity = 0.9)
    {
        color ??= Color.RandomBright(Random, hue: (0.4, 0.6), lightness: (0.5, 0.9));
        var vect = new Vector(coords, thickness: 2.0);
        vect.SetFill(color, opacity: opacity, borderWidth: 2);
        vect.Always(v => v.SetPerpendicularToCamera(Frame));
        return vect;
    }

    /// <summary>
    /// Plays <paramref name="runTime"/> seconds in which every frame takes one Adam step (fresh optimiser state, rate
    /// <paramref name="learningRate"/>) on the vectors' tips and re-points each vector from the origin to its new tip.
    /// </summary>
    protected void SpaceOutVectors(VGroup<Vector> vects, double runTime = 4, double learningRate = 0.01)
    {
        var optimizer = new VectorSpreadingOptimizer(vects.Select(v => v.GetEnd()).ToList(), learningRate);
        void UpdateVects(VGroup<Vector> group)
        {
            optimizer.Step();
            for (int i = 0; i < group.Count; i++)
                group[i].PutStartAndEndOn(Vector3.Zero, optimizer.GetVector3(i));
        }
        Play(UpdateFromFunc(vects, UpdateVects, runTime: runTime));
    }

    private float Uniform(double min, double max) => (float)(min + (max - min) * Random.NextDouble());
}
