namespace AnimLib.Scenes.Mlp;

/// <summary>The web of weighted connections between two layers of neurons in the classic neural-network picture.</summary>
public static class NetworkConnections
{
    /// <summary>
    /// A line from every neuron of <paramref name="layer1"/> to every neuron of <paramref name="layer2"/> (for each n1, for each
    /// n2), trimmed at both ends by the first neuron's radius, with a random weight colour, width up to
    /// <paramref name="maxWidth"/> and opacity <c>random^opacityExp</c>.
    /// </summary>
    public static VGroup<Line> GetNetworkConnections(IEnumerable<Mobject> layer1, IEnumerable<Mobject> layer2, Random random,
        double maxWidth = 2.0, double opacityExp = 1.0)
    {
        var first = layer1.ToList();
        var second = layer2.ToList();
        if (first.Count == 0 || second.Count == 0) return new VGroup<Line>();
        double radius = first[0].GetWidth() / 2;
        var lines = new List<Line>(first.Count * second.Count);
        foreach (var n1 in first)
        {
            foreach (var n2 in second)
            {
                var line = new Line(n1.GetCenter(), n2.GetCenter(), buff: radius);
                double color = random.NextDouble() * 20 - 10;
                line.SetStroke(ValueColors.ValueToColor(color), maxWidth * random.NextDouble(), Math.Pow(random.NextDouble(), opacityExp));
                lines.Add(line);
            }
        }
        return new VGroup<Line>(lines);
    }
}
