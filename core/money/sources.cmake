# Money: the price catalogues (content/pricing/), the monthly bill and the display currencies.
rightsize_core_sources(money
  DOCUMENTS provenance.cpp pricing.cpp price_sheet.cpp commitment.cpp
  SIMULATION bill.cpp
  DOCUMENTS currency.cpp)
