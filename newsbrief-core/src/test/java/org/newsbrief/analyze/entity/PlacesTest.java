package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {
  @Test
  void knowsCountriesStatesAndCities() {
    assertThat(Places.is("Madagascar")).isTrue();
    assertThat(Places.is("Tennessee")).isTrue();
    assertThat(Places.is("Tel Aviv")).isTrue();
    assertThat(Places.is("Iran")).isTrue();
  }

  @Test
  void readsCompassWordsAndKindsOfPlace() {
    assertThat(Places.is("Southern Israel")).isTrue();
    assertThat(Places.is("Gaza Strip")).isTrue();
    assertThat(Places.is("Orange County")).isTrue();
    assertThat(Places.is("Southern Comfort")).isFalse();
  }

  @Test
  void peopleAndOrganisationsAreNotPlaces() {
    assertThat(Places.is("John Kerry")).isFalse();
    assertThat(Places.is("State Department")).isFalse();
    assertThat(Places.is("Kerry")).isFalse();
  }
}
