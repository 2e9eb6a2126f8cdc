using System.Numerics;
using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class MlpAnimationHelperTests
{
    [Fact]
    public void DialNeedlePointsAlongTheArcAndIsColouredByValue()
    {
        var dial = new Dial(radius: 1);
        dial.SetValue(0);
        var tip = dial.Needle.GetEnd();
        Assert.Equal(Math.Cos(225 * Constants.Degrees), tip.X, 3);
        Assert.Equal(Math.Sin(225 * Constants.Degrees), tip.Y, 3);
        dial.SetValue(1);
        tip = dial.Needle.GetEnd();
        Assert.Equal(Math.Cos(-45 * Constants.Degrees), tip.X, 3);
        Assert.Equal(Math.Sin(-45 * Constants.Degrees), tip.Y, 3);
        Assert.Equal(ValueColors.ValueToColor(1, minValue: 0, maxValue: 1), dial.Needle.StrokeColor);
        Assert.Equal(0, dial.GetCenter().Y, 3); // the invisible bottom point keeps the box centred on the arc
    }

    [Fact]
    public void MachineSwingsEveryDialInThreeSeconds()
    {
        MachineWithDials? machine = null;
        double[] before = [];
        var scene = new HelperScene(s =>
        {
            machine = new MachineWithDials(s.Random, nRows: 2, nCols: 3);
            before = machine.Dials.Members.Select(d => d.Value).ToArray();
            s.Add(machine);
            s.Play(machine.RandomChangeAnimation());
        });
        scene.Run(new SceneSettings(427, 240, 6), new NullOutput());
        Assert.Equal(3.0, scene.Time, 6);
        Assert.Equal(6, machine!.Dials.Count);
        Assert.All(machine.Dials.Members.Zip(before), p => Assert.NotEqual(p.Second, p.First.Value));
    }

    [Fact]
    public void MatrixVectorProductShowsThePartialSumsRowByRow()
    {
        var values = new double[,] { { 1, 2, 3 }, { -1, 0.5, 2 }, { 0, 0, 0 } };
        var matrix = new WeightMatrix(values, ellipsesRow: null, ellipsesCol: null);
        var vector = new NumericEmbedding(values: [1, 2, 3], ellipsesRow: null);
        NumericEmbedding? rhs = null;
        var scene = new HelperScene(s =>
        {
            s.Add(matrix, vector.NextTo(matrix, Directions.Right));
            rhs = ShowMatrixVectorProduct.Play(s, matrix, vector).Rhs;
        });
        scene.Run(new SceneSettings(427, 240, 6), new NullOutput());
        Assert.Equal(1 + 3 + 1, scene.Time, 6);
        var entries = rhs!.GetDecimalEntries();
        Assert.Equal(14, entries[0].Value, 6);
        Assert.Equal(6, entries[1].Value, 6);
        Assert.Equal(0, entries[2].Value, 6);
    }

    [Fact]
    public void DataModifyingMatrixRerandomisesInOnePlayAndLeavesNoWords()
    {
        var matrix = new WeightMatrix(shape: (4, 5), random: new Random(2));
        var start = matrix.GetValues();
        var scene = new HelperScene(s =>
        {
            s.Add(matrix);
            DataModifyingMatrix.Play(s, matrix, wordShape: (2, 3));
        });
        scene.Run(new SceneSettings(427, 240, 6), new NullOutput());
        Assert.Equal(3.0, scene.Time, 6);
        Assert.Equal(1, scene.SegmentCount);
        Assert.NotEqual(start, matrix.GetValues());
        Assert.DoesNotContain(scene.Mobjects.SelectMany(m => m.GetFamily()), m => m is Text);
    }

    [Fact]
    public void DataWordFadesInAndOutAlongItsPath()
    {
        var flight = DataModifyingMatrix.DataFlyingAnimation(Vector3.Zero, new Vector3(2, -2, 0));
        flight.Begin();
        flight.Interpolate(0.5);
        Assert.Equal(1, flight.Mobject.GetCenter().X, 3);
        Assert.Equal(0.75, flight.Mobject.Submobjects[0].GetOpacity(), 3);
        flight.Interpolate(1);
        Assert.Equal(0, flight.Mobject.Submobjects[0].GetOpacity(), 3);
        Assert.True(flight.Remover);
    }

    private sealed class HelperScene(Action<Scene> body) : Scene
    {
        protected override void Construct() => body(this);
    }
}
