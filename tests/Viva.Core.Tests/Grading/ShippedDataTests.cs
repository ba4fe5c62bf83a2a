using Viva.Core.Grading;
using Viva.Core.Questions;
using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Grading;

public sealed class ShippedDataTests
{
    [Fact]
    public void Should_Ship_An_Idf_Table_Learnt_From_Every_Curated_Question_But_Exercises()
    {
        // Given
        var curated = Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories)
            .Sum(f => Parse.File(f).Questions.Count(q => q.Curated is { Kind: not QuestionKind.Exercise }));

        // Then: rerun "dotnet run --project tools/Viva.Grading.Training -- idf" when this fails
        Assert.Equal(curated, IdfTable.Bank.Documents);
        Assert.True(IdfTable.Bank.Weight("heteroscedast") > IdfTable.Bank.Weight("model"));
    }

    [Fact]
    public void Should_Ship_A_Model_That_Round_Trips_Through_Json()
    {
        // Given
        var model = GradingModel.Shipped;

        // When
        var copy = GradingModel.FromJson(model.ToJson());

        // Then
        Assert.Equal(model.CoverageThreshold, copy.CoverageThreshold, 4);
        Assert.Equal(model.KeyPoints.Weights, copy.KeyPoints.Weights);
        Assert.Equal(model.Reference.Bias, copy.Reference.Bias, 6);
    }

    [Fact]
    public void Should_Ship_A_Key_Point_Model_With_A_Doubtful_Band_Below_Its_Threshold()
    {
        // Given
        var units = HybridModel.Shipped.Units!;

        // When
        var copy = UnitClassifier.FromJson(units.ToJson());
        var json = units.ToJson();
        json.Remove("doubt");
        var old = UnitClassifier.FromJson(json);

        // Then: a model written before the band has none
        Assert.Equal(units.Threshold - UnitClassifier.DoubtBand, units.Doubt, 3);
        Assert.Equal(units.Doubt, copy.Doubt, 4);
        Assert.Equal(old.Threshold, old.Doubt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"features\": [\"coverage\"], \"coverageThreshold\": 0.5}")]
    [InlineData("not json")]
    public void Should_Refuse_A_Broken_Model(string json) =>
        Assert.Throws<FormatException>(() => GradingModel.FromJson(json));
}
