"""The tabs of step 3 (Voorbereiding): ketenafspraken, contactkaart, opvangregeling, sanctiebeleid, sancties,
categorieën and briefhoofd."""
