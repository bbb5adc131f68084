package io.grantflow.shared.sector;

/**
 * The sectors of organisations, calls and open calls: the 14 industrial ecosystems of the EU industrial
 * strategy (2021 update). The constant's name is the stable code the API and the database use; {@link #label()}
 * is its name for people. What an ecosystem does not say (hydrogen, furniture, water, logistics…) is said by
 * free value-chain keywords beside it ({@link Sectors#checkValueChains}).
 */
public enum Ecosystem {
    AEROSPACE_DEFENCE("Aerospace and defence"),
    AGRI_FOOD("Agri-food"),
    CONSTRUCTION("Construction"),
    CULTURAL_CREATIVE_INDUSTRIES("Cultural and creative industries"),
    DIGITAL("Digital"),
    ELECTRONICS("Electronics"),
    ENERGY_INTENSIVE_INDUSTRIES("Energy-intensive industries"),
    RENEWABLE_ENERGY("Renewable energy"),
    HEALTH("Health"),
    MOBILITY_TRANSPORT_AUTOMOTIVE("Mobility, transport and automotive"),
    PROXIMITY_SOCIAL_ECONOMY("Proximity, social economy and civil security"),
    RETAIL("Retail"),
    TEXTILES("Textiles"),
    TOURISM("Tourism");

    private final String label;

    Ecosystem(String label) {
        this.label = label;
    }

    /** The ecosystem's name as the EU industrial strategy writes it, in English. */
    public String label() {
        return label;
    }
}
