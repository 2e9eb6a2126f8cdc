using System.Numerics;
using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class NetworkConnectionsTests
{
    private static VGroup<Dot> Layer(float x, int n) =>
        new(Enumerable.Range(0, n).Select(i => new Dot(new Vector3(x, i - n / 2f, 0), radius: 0.1)));

    [Fact]
    public void ConnectsEveryPairTrimmedByTheNeuronRadius()
    {
        var a = Layer(-2, 3);
        var b = Layer(2, 4);
        var lines = NetworkConnections.GetNetworkConnections(a, b, new Random(1), maxWidth: 3);
        Assert.Equal(12, lines.Count);
        // Order is for-each n1, for-each n2, as in the chapter.
        var first = lines[0];
        float radius = (float)(a[0].GetWidth() / 2);
        Assert.Equal(radius, Vector3.Distance(a[0].GetCenter(), first.GetStart()), 3);
        Assert.Equal(radius, Vector3.Distance(b[0].GetCenter(), first.GetEnd()), 3);
        Assert.Equal(radius, Vector3.Distance(b[1].GetCenter(), lines[1].GetEnd()), 3);
        Assert.Equal(radius, Vector3.Distance(a[1].GetCenter(), lines[4].GetStart()), 3);
        Assert.All(lines.Members, l => Assert.InRange(l.StrokeWidth, 0, 3));
        Assert.All(lines.Members, l => Assert.InRange(l.StrokeOpacity, 0, 1));
    }

    [Fact]
    public void SameSeedSameWeights()
    {
        var x = NetworkConnections.GetNetworkConnections(Layer(0, 2), Layer(1, 2), new Random(7));
        var y = NetworkConnections.GetNetworkConnections(Layer(0, 2), Layer(1, 2), new Random(7));
        Assert.Equal(x.Members.Select(l => l.StrokeColor), y.Members.Select(l => l.StrokeColor));
        Assert.NotEqual(x[0].StrokeWidth, x[1].StrokeWidth);
    }
}
