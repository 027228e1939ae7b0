package org.newsbrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Arrows point one way: model knows nothing; stages never reach back into later stages. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.newsbrief");

  @Test
  void modelDependsOnNoStage() {
    noClasses()
        .that()
        .resideInAPackage("org.newsbrief.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.newsbrief.ingest..",
            "org.newsbrief.clean..",
            "org.newsbrief.analyze..",
            "org.newsbrief.summarize..",
            "org.newsbrief.conflict..",
            "org.newsbrief.render..")
        .check(CLASSES);
  }

  @Test
  void stagesDoNotUseTheFacade() {
    noClasses()
        .that()
        .resideInAnyPackage("org.newsbrief.*..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(NewsBriefings.class, BriefingOptions.class)
        .check(CLASSES);
  }

  @Test
  void earlyStagesDoNotReachIntoLaterOnes() {
    noClasses()
        .that()
        .resideInAnyPackage("org.newsbrief.ingest..", "org.newsbrief.clean..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.newsbrief.analyze..",
            "org.newsbrief.summarize..",
            "org.newsbrief.conflict..",
            "org.newsbrief.render..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.newsbrief.analyze..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.newsbrief.summarize..", "org.newsbrief.conflict..", "org.newsbrief.render..")
        .check(CLASSES);
  }

  @Test
  void renderersOnlyReadTheModel() {
    noClasses()
        .that()
        .resideInAPackage("org.newsbrief.render..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.newsbrief.ingest..",
            "org.newsbrief.clean..",
            "org.newsbrief.analyze..",
            "org.newsbrief.summarize..",
            "org.newsbrief.conflict..")
        .check(CLASSES);
  }
}
