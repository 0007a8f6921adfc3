package org.govkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of the govkg ontology (ontology/govkg.ttl) and of the vocabularies it reuses, as Jena nodes. */
public final class GK {
    public static final String NS = "https://w3id.org/govkg/ontology#";
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/id/";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    private GK() {}

    public static Node gk(String local) {
        return NodeFactory.createURI(NS + local);
    }

    public static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    public static final Node Article = gk("Article");
    public static final Node Observation = gk("Observation");
    public static final Node Indicator = gk("Indicator");
    public static final Node Mention = gk("Mention");
    public static final Node indicator = gk("indicator");
    public static final Node refArea = gk("refArea");
    public static final Node periodStart = gk("periodStart");
    public static final Node periodEnd = gk("periodEnd");
    public static final Node periodLabel = gk("periodLabel");
    public static final Node value = gk("value");
    public static final Node valueUpper = gk("valueUpper");
    public static final Node unit = gk("unit");
    public static final Node statedValue = gk("statedValue");
    public static final Node kind = gk("kind");
    public static final Node changeRate = gk("changeRate");
    public static final Node changePoints = gk("changePoints");
    public static final Node qualifier = gk("qualifier");
    public static final Node comparedTo = gk("comparedTo");
    public static final Node evidence = gk("evidence");
    public static final Node confidence = gk("confidence");
    public static final Node mentionedIn = gk("mentionedIn");
    public static final Node mention = gk("mention");
    public static final Node refersTo = gk("refersTo");
    public static final Node divisionCode = gk("divisionCode");
    public static final Node statisticalCode = gk("statisticalCode");
    public static final Node level = gk("level");
    public static final Node partOf = gk("partOf");
    public static final Node jurisdiction = gk("jurisdiction");
    public static final Node organizer = gk("organizer");
    public static final Node termNumber = gk("termNumber");
    public static final Node sessionNumber = gk("sessionNumber");
    public static final Node locatedIn = gk("locatedIn");
    public static final Node role = gk("role");
    public static final Node candidateDivision = gk("candidateDivision");
    public static final Node contentHash = gk("contentHash");
    // near-duplicate documents (pipeline.Copies)
    public static final Node textSignature = gk("textSignature");
    public static final Node textBand = gk("textBand");
    public static final Node copyOf = gk("copyOf");
    public static final Node CopyLink = gk("CopyLink");
    public static final Node indicatorCandidate = gk("indicatorCandidate");
    public static final Node Statement = gk("Statement");
    public static final Node OfficialDocument = gk("OfficialDocument");
    public static final Node StageEvent = gk("StageEvent");
    public static final Node stage = gk("stage");
    public static final Node stageKind = gk("stageKind");
    public static final Node stageDate = gk("stageDate");
    public static final Node heard = gk("heard");
    public static final Node adopted = gk("adopted");
    public static final Node deliveredBy = gk("deliveredBy");
    public static final Node onBehalfOf = gk("onBehalfOf");
    public static final Node investor = gk("investor");
    public static final Node operator = gk("operator");
    public static final Node contractor = gk("contractor");

    public static final Node refPeriod = gk("refPeriod");
    public static final Node statedAt = gk("statedAt");
    public static final Node unstatedPeriod = gk("unstatedPeriod");
    public static final Node figureStructure = gk("figureStructure");
    public static final Node qbDataSet = uri(QB, "DataSet");
    public static final Node qbDataSetP = uri(QB, "dataSet");
    public static final Node qbStructure = uri(QB, "structure");
    public static final Node qbCodeList = uri(QB, "codeList");
    public static final Node timeInstant = uri(TIME, "Instant");
    public static final Node timeInterval = uri(TIME, "Interval");
    public static final Node timeProperInterval = uri(TIME, "ProperInterval");
    public static final Node timeTemporalEntity = uri(TIME, "TemporalEntity");
    public static final Node timeHasBeginning = uri(TIME, "hasBeginning");
    public static final Node timeHasEnd = uri(TIME, "hasEnd");
    public static final Node timeInXSDDate = uri(TIME, "inXSDDate");
    public static final Node dctermsSource = uri(DCTERMS, "source");

    public static final Node orgOrganization = uri(ORG, "Organization");
    public static final Node orgPost = uri(ORG, "Post");
    public static final Node orgRole = uri(ORG, "Role");
    public static final Node orgMembership = uri(ORG, "Membership");
    public static final Node orgMember = uri(ORG, "member");
    public static final Node orgOrganizationOf = uri(ORG, "organization");
    public static final Node orgRoleOf = uri(ORG, "role");
    public static final Node orgHolds = uri(ORG, "holds");
    public static final Node orgHeldBy = uri(ORG, "heldBy");
    public static final Node orgPostIn = uri(ORG, "postIn");
    public static final Node rdfStatement = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement");
    public static final Node rdfSubject = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject");
    public static final Node rdfPredicate = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate");
    public static final Node rdfObject = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#object");

    public static final Node rdfType = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    public static final Node rdfsLabel = uri(RDFS, "label");
    public static final Node skosPrefLabel = uri(SKOS, "prefLabel");
    public static final Node skosAltLabel = uri(SKOS, "altLabel");
    public static final Node skosInScheme = uri(SKOS, "inScheme");
    public static final Node skosConcept = uri(SKOS, "Concept");
    public static final Node qbObservation = uri(QB, "Observation");
    public static final Node provWasDerivedFrom = uri(PROV, "wasDerivedFrom");
    public static final Node provWasGeneratedBy = uri(PROV, "wasGeneratedBy");
    public static final Node provActivity = uri(PROV, "Activity");
    public static final Node provUsed = uri(PROV, "used");
    public static final Node schemaHeadline = uri(SCHEMA, "headline");
    public static final Node schemaAlternativeHeadline = uri(SCHEMA, "alternativeHeadline");
    public static final Node schemaAuthor = uri(SCHEMA, "author");
    public static final Node schemaPublisher = uri(SCHEMA, "publisher");
    public static final Node schemaDatePublished = uri(SCHEMA, "datePublished");
    public static final Node schemaStartDate = uri(SCHEMA, "startDate");
    public static final Node schemaName = uri(SCHEMA, "name");
    public static final Node schemaSoftwareVersion = uri(SCHEMA, "softwareVersion");
    public static final Node nifContext = uri(NIF, "Context");
    public static final Node nifString = uri(NIF, "String");
    public static final Node nifIsString = uri(NIF, "isString");
    public static final Node nifBeginIndex = uri(NIF, "beginIndex");
    public static final Node nifEndIndex = uri(NIF, "endIndex");
    public static final Node nifAnchorOf = uri(NIF, "anchorOf");
    public static final Node nifReferenceContext = uri(NIF, "referenceContext");
}
